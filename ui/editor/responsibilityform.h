#pragma once

#include "model/directory.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QStringListModel;

namespace whoowns::ui {

class PersonPicker;

// The fields of one responsibility: topic, keywords, owning team, owner, backup and escalation
// (picked by search-as-you-type), hours and what to tell the customer.
class ResponsibilityForm : public QWidget
{
    Q_OBJECT
public:
    explicit ResponsibilityForm(QWidget *parent = nullptr);

    void setDirectory(std::shared_ptr<const Directory> directory);
    void load(const Responsibility &r, bool isNew);
    // The edited responsibility; problems lists what cannot be understood (a name that matches
    // nobody), before the store-level validation.
    Responsibility read(QStringList *problems) const;

    QLineEdit *topicField() const { return m_topic; }
    QLineEdit *keywordsField() const { return m_keywords; }
    PersonPicker *ownerField() const { return m_owner; }
    PersonPicker *backupField() const { return m_backup; }
    QComboBox *teamField() const { return m_team; }

signals:
    void edited();

private:
    std::shared_ptr<const Directory> m_directory;
    QString m_org;
    QStringListModel *m_people = nullptr;
    QLineEdit *m_id = nullptr;
    QLineEdit *m_topic = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QLineEdit *m_keywords = nullptr;
    QComboBox *m_team = nullptr;
    PersonPicker *m_owner = nullptr;
    PersonPicker *m_backup = nullptr;
    PersonPicker *m_escalation = nullptr;
    QLineEdit *m_hours = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace whoowns::ui

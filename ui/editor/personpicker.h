#pragma once

#include "model/directory.h"

#include <QLineEdit>

class QStringListModel;

namespace whoowns::ui {

// A person chosen by typing part of their name, title or id (QCompleter over the people of the
// snapshot). The text reads "Name — Title (id)"; personId() resolves it back.
class PersonPicker : public QLineEdit
{
    Q_OBJECT
public:
    explicit PersonPicker(QWidget *parent = nullptr);

    void setDirectory(std::shared_ptr<const Directory> directory, QStringListModel *people);
    void setPersonId(const QString &org, const QString &id);
    // The chosen person's id; empty when the field is empty; ok false when the text names
    // nobody (or more than one person).
    QString personId(const QString &org, bool *ok) const;

    static QString entryFor(const Person &p);

private:
    std::shared_ptr<const Directory> m_directory;
};

} // namespace whoowns::ui

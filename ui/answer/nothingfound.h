#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace whoowns::ui {

// Shown instead of the answer card when a query finds nothing: says so plainly, offers the
// configured fallback contact (switchboard, help desk) and logs the question with one key.
class NothingFound : public QWidget
{
    Q_OBJECT
public:
    explicit NothingFound(QWidget *parent = nullptr);

    void setQuery(const QString &query);
    void setFallback(const QString &name, const QString &phone);
    void setLogged(bool logged);
    QString fallbackPhone() const { return m_fallbackPhone; }

signals:
    void logRequested(const QString &query);
    void copyFallbackRequested(const QString &phone);

private:
    QString m_query;
    QString m_fallbackPhone;
    QLabel *m_title = nullptr;
    QLabel *m_fallback = nullptr;
    QPushButton *m_copyFallback = nullptr;
    QPushButton *m_log = nullptr;
};

} // namespace whoowns::ui

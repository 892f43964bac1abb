#pragma once

#include "answer/answer.h"

#include <QTimeZone>
#include <QUrl>
#include <QWidget>

#include <functional>

class QAction;
class QTextBrowser;
class QToolButton;

namespace whoowns::ui {

// The answer for the selected result: who takes the call now (with number, email, local time,
// hours and whether they are available), the away note and delegate, the backup and the
// escalation contact, what to tell the customer, and why the result matched. Its actions
// (copy number, copy handoff note, call, email, show in org chart) have window shortcuts.
class AnswerCard : public QWidget
{
    Q_OBJECT
public:
    explicit AnswerCard(QWidget *parent = nullptr);

    void setAnswer(const Answer &answer);
    void clear();
    const Answer &answer() const { return m_answer; }
    bool hasAnswer() const { return m_answer.now.isValid(); }
    QString text() const; // the card as plain text (tests, screen readers)

    void setRepTimeZone(const QTimeZone &zone) { m_repZone = zone; }
    void setCallScheme(const QString &scheme) { m_callScheme = scheme; } // "tel" or "sip"
    // Opens tel:, sip: and mailto: links; QDesktopServices unless replaced (tests).
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_openUrl = std::move(opener); }

    QList<QAction *> cardActions() const;

public slots:
    void copyTransferNumber();
    void copyHandoffNote();
    void call();
    void email();
    void showInOrgChart();

signals:
    void message(const QString &text); // for the status bar
    void orgChartRequested(const QString &org, const QString &personId, const QString &teamId);

private:
    QAction *addCardAction(const QString &name, const QString &text, const QKeySequence &key,
                           void (AnswerCard::*slot)());
    void updateActions();
    QString contactHtml(const QString &heading, const AnswerContact &c, bool primary) const;

    Answer m_answer;
    QTimeZone m_repZone = QTimeZone::systemTimeZone();
    QString m_callScheme = QStringLiteral("tel");
    std::function<bool(const QUrl &)> m_openUrl;
    QTextBrowser *m_text = nullptr;
    QAction *m_copyNumber = nullptr;
    QAction *m_copyHandoff = nullptr;
    QAction *m_call = nullptr;
    QAction *m_email = nullptr;
    QAction *m_orgChart = nullptr;
};

} // namespace whoowns::ui

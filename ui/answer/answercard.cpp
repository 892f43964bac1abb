#include "answer/answercard.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace whoowns::ui {

namespace {

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString dialable(const QString &number)
{
    QString out;
    for (QChar c : number)
        if (c.isDigit() || (c == QLatin1Char('+') && out.isEmpty()))
            out.append(c);
    return out;
}

} // namespace

AnswerCard::AnswerCard(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("answerCard"));
    setAccessibleName(tr("Answer card"));
    m_openUrl = [](const QUrl &url) { return QDesktopServices::openUrl(url); };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("answerText"));
    m_text->setAccessibleName(tr("Answer"));
    m_text->setOpenLinks(false);
    m_text->setFocusPolicy(Qt::StrongFocus);
    layout->addWidget(m_text, 1);

    auto *buttons = new QHBoxLayout;
    m_copyNumber = addCardAction(QStringLiteral("copyNumberAction"), tr("Copy &number"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                                 &AnswerCard::copyTransferNumber);
    m_copyHandoff =
        addCardAction(QStringLiteral("copyHandoffAction"), tr("Copy &handoff note"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H), &AnswerCard::copyHandoffNote);
    m_call = addCardAction(QStringLiteral("callAction"), tr("&Call"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), &AnswerCard::call);
    m_email = addCardAction(QStringLiteral("emailAction"), tr("&Email"),
                            QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &AnswerCard::email);
    m_orgChart =
        addCardAction(QStringLiteral("orgChartAction"), tr("Show in &org chart"),
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), &AnswerCard::showInOrgChart);
    for (QAction *a : cardActions()) {
        auto *b = new QToolButton(this);
        b->setDefaultAction(a);
        b->setObjectName(a->objectName() + QStringLiteral("Button"));
        b->setAccessibleName(a->text().remove(QLatin1Char('&')));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);
    updateActions();
}

QAction *AnswerCard::addCardAction(const QString &name, const QString &text,
                                   const QKeySequence &key, void (AnswerCard::*slot)())
{
    auto *a = new QAction(text, this);
    a->setObjectName(name);
    a->setShortcut(key);
    a->setShortcutContext(Qt::WindowShortcut);
    a->setToolTip(QStringLiteral("%1 (%2)")
                      .arg(text)
                      .remove(QLatin1Char('&'))
                      .arg(key.toString(QKeySequence::NativeText)));
    connect(a, &QAction::triggered, this, slot);
    addAction(a);
    return a;
}

QList<QAction *> AnswerCard::cardActions() const
{
    return {m_copyNumber, m_copyHandoff, m_call, m_email, m_orgChart};
}

void AnswerCard::updateActions()
{
    const Redirect &r = m_answer.now.redirect;
    m_copyNumber->setEnabled(!m_answer.transferNumber().isEmpty());
    m_copyHandoff->setEnabled(m_answer.now.isValid());
    m_call->setEnabled(!dialable(r.phone).isEmpty() || !r.extension.isEmpty());
    m_email->setEnabled(!r.email.isEmpty());
    m_orgChart->setEnabled(!m_answer.orgChartPersonId.isEmpty() ||
                           !m_answer.orgChartTeamId.isEmpty());
}

void AnswerCard::clear()
{
    m_answer = {};
    m_text->clear();
    updateActions();
}

QString AnswerCard::text() const
{
    return m_text->toPlainText();
}

QString AnswerCard::contactHtml(const QString &heading, const AnswerContact &c, bool primary) const
{
    const Redirect &r = c.redirect;
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(heading));
    QString name = QStringLiteral("<b>%1</b>").arg(esc(r.name));
    if (primary)
        name = QStringLiteral("<span style=\"font-size:large\">%1</span>").arg(name);
    QStringList lines;
    QString who = name;
    if (!c.title.isEmpty())
        who += QStringLiteral(", ") + esc(c.title);
    if (!r.team.isEmpty() && r.team != r.name)
        who += QStringLiteral(" — ") + esc(r.team);
    lines << who;
    // Availability: symbol and words, never colour alone.
    QString availability;
    if (r.reachableNow) {
        availability = tr("● Available now");
        if (r.reachableUntil.isValid())
            availability +=
                QLatin1Char(' ') +
                tr("until %1")
                    .arg(r.reachableUntil.toTimeZone(m_repZone).toString(QStringLiteral("HH:mm")));
    } else {
        availability = tr("○ Away");
        if (r.backAt.isValid())
            availability +=
                QLatin1Char(' ') +
                tr("— back %1")
                    .arg(r.backAt.toTimeZone(m_repZone).toString(QStringLiteral("ddd HH:mm")));
    }
    lines << QStringLiteral("<b>%1</b>").arg(esc(availability));
    QStringList phone;
    if (!r.phone.isEmpty())
        phone << tr("☎ %1").arg(esc(r.phone));
    if (!r.extension.isEmpty())
        phone << tr("ext. %1").arg(esc(r.extension));
    if (!phone.isEmpty())
        lines << phone.join(QStringLiteral(" · "));
    if (!r.email.isEmpty())
        lines << tr("✉ %1").arg(esc(r.email));
    QStringList when;
    if (r.localTime.isValid() && !c.timezone.isEmpty()) {
        QString local =
            tr("their time %1 (%2)")
                .arg(r.localTime.toString(QStringLiteral("ddd HH:mm")), esc(c.timezone));
        if (m_repZone.isValid() &&
            r.localTime.offsetFromUtc() != r.localTime.toTimeZone(m_repZone).offsetFromUtc())
            local += QLatin1Char(' ') +
                     tr("— yours %1")
                         .arg(r.localTime.toTimeZone(m_repZone).toString(QStringLiteral("HH:mm")));
        when << local;
    }
    if (!c.hours.isEmpty())
        when << tr("hours %1").arg(esc(c.hours));
    if (!when.isEmpty())
        lines << when.join(QStringLiteral(" · "));
    html += QStringLiteral("<p>%1</p>").arg(lines.join(QStringLiteral("<br>")));
    return html;
}

void AnswerCard::setAnswer(const Answer &answer)
{
    m_answer = answer;
    const SearchResult &res = answer.result;
    QString html = QStringLiteral("<h2>%1</h2>").arg(esc(res.title));
    if (!res.subtitle.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(res.subtitle));
    if (!answer.awayNote.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("⚠ %1").arg(answer.awayNote)));
    if (answer.now.isValid()) {
        html += contactHtml(tr("Redirect to now"), answer.now, true);
        if (!answer.ownerName.isEmpty())
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("Owner: %1 (taken by %2 now)")
                                     .arg(answer.ownerName, answer.now.redirect.name)));
    } else {
        html += QStringLiteral("<p><b>%1</b></p>")
                    .arg(esc(tr("No one to redirect to: use the fallback contact.")));
    }
    if (answer.backup.isValid())
        html +=
            contactHtml(answer.backup.redirect.reason == RedirectReason::Delegate ? tr("Delegate")
                                                                                  : tr("Backup"),
                        answer.backup, false);
    if (answer.escalation.isValid())
        html += contactHtml(tr("Escalation"), answer.escalation, false);
    if (!answer.notes.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(esc(tr("What to tell the customer")), esc(answer.notes));
    if (!answer.why.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p><i>%2</i></p>")
                    .arg(esc(tr("Why this matched")), esc(answer.why.join(QStringLiteral("; "))));
    m_text->setHtml(html);
    updateActions();
}

void AnswerCard::copyTransferNumber()
{
    const QString number = m_answer.transferNumber();
    if (number.isEmpty())
        return;
    QApplication::clipboard()->setText(number);
    emit message(tr("Copied %1 (%2)").arg(number, m_answer.now.redirect.name));
}

void AnswerCard::copyHandoffNote()
{
    const QString note = m_answer.handoffNote();
    if (note.isEmpty())
        return;
    QApplication::clipboard()->setText(note);
    emit message(tr("Copied the handoff note"));
}

void AnswerCard::call()
{
    const Redirect &r = m_answer.now.redirect;
    const QString number = dialable(r.phone).isEmpty() ? r.extension : dialable(r.phone);
    if (number.isEmpty())
        return;
    QUrl url;
    url.setScheme(m_callScheme);
    url.setPath(number);
    if (!m_openUrl(url))
        emit message(tr("No program to call %1 is set up").arg(number));
}

void AnswerCard::email()
{
    const Redirect &r = m_answer.now.redirect;
    if (r.email.isEmpty())
        return;
    QUrl url;
    url.setScheme(QStringLiteral("mailto"));
    url.setPath(r.email);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("subject"),
                       m_answer.about.isEmpty() ? m_answer.result.title : m_answer.about);
    url.setQuery(query);
    if (!m_openUrl(url))
        emit message(tr("No e-mail program is set up"));
}

void AnswerCard::showInOrgChart()
{
    if (m_answer.orgChartPersonId.isEmpty() && m_answer.orgChartTeamId.isEmpty())
        return;
    emit orgChartRequested(m_answer.result.org, m_answer.orgChartPersonId, m_answer.orgChartTeamId);
}

} // namespace whoowns::ui

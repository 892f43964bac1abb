#include "answer/answer.h"

#include "routing/router.h"

#include <QCoreApplication>

namespace whoowns::ui {

namespace {

// Translations of this file, in their own context (no QObject here).
struct AnswerText
{
    Q_DECLARE_TR_FUNCTIONS(whoowns::ui::Answer)
};

AnswerContact contactFor(const Directory &directory, const Redirect &redirect)
{
    AnswerContact c;
    c.redirect = redirect;
    if (const Person *p = directory.person(redirect.org, redirect.personId)) {
        c.title = p->title;
        c.hours = p->hours;
        c.timezone = p->timezone;
    } else if (const Team *t = directory.team(redirect.org, redirect.teamId)) {
        c.hours = t->hours;
    }
    return c;
}

// A person as a contact with their own number and availability (not where they route).
AnswerContact personContact(const Directory &directory, const Router &router, const QString &org,
                            const QString &id, RedirectReason reason, const QDateTime &at)
{
    const Person *p = directory.person(org, id);
    if (!p || p->status == PersonStatus::Left)
        return {};
    return contactFor(directory, router.contact(*p, reason, at));
}

QString awayText(const Directory &directory, const Person &p)
{
    QString text;
    if (p.status == PersonStatus::OnLeave)
        text = AnswerText::tr("%1 is on leave.").arg(p.displayName());
    else if (!p.outOfOfficeUntil.isEmpty())
        text = AnswerText::tr("%1 is out of office until %2.")
                   .arg(p.displayName(), p.outOfOfficeUntil);
    else
        text = AnswerText::tr("%1 is not available right now.").arg(p.displayName());
    if (const Person *d = directory.person(p.org, p.delegateId))
        text += QLatin1Char(' ') + AnswerText::tr("Delegate: %1.").arg(d->displayName());
    return text;
}

} // namespace

QString Answer::transferNumber() const
{
    return now.redirect.phone.isEmpty() ? now.redirect.extension : now.redirect.phone;
}

QString Answer::handoffNote() const
{
    if (!now.isValid())
        return {};
    const QString where =
        now.redirect.team.isEmpty() || now.redirect.team == now.redirect.name
            ? now.redirect.name
            : AnswerText::tr("%1 in %2").arg(now.redirect.name, now.redirect.team);
    QString note = about.isEmpty()
                       ? AnswerText::tr("Transferring you to %1").arg(where)
                       : AnswerText::tr("Transferring you to %1 about %2").arg(where, about);
    if (backup.isValid() && backup.redirect.name != now.redirect.name)
        note +=
            AnswerText::tr("; if they are unavailable, %1 is the backup").arg(backup.redirect.name);
    return note + QLatin1Char('.');
}

Answer buildAnswer(const Router &router, const Directory &directory, const SearchResult &result,
                   const QDateTime &at)
{
    Answer a;
    a.result = result;
    a.why = result.why;
    a.now = contactFor(directory, router.forEntity(result.kind, result.org, result.id, at));
    switch (result.kind) {
    case EntityKind::Responsibility: {
        const Responsibility *r = directory.responsibility(result.org, result.id);
        if (!r)
            break;
        a.about = r->topic;
        a.notes = r->notes;
        a.orgChartPersonId = r->ownerId;
        a.orgChartTeamId = r->ownerTeamId;
        const Person *owner = directory.person(r->org, r->ownerId);
        if (owner && a.now.redirect.personId != owner->id) {
            a.ownerName = owner->displayName();
            if (!router.isReachable(*owner, at))
                a.awayNote = awayText(directory, *owner);
        }
        if (r->backupId != a.now.redirect.personId)
            a.backup =
                personContact(directory, router, r->org, r->backupId, RedirectReason::Backup, at);
        if (r->escalationId != a.now.redirect.personId)
            a.escalation = personContact(directory, router, r->org, r->escalationId,
                                         RedirectReason::Escalation, at);
        break;
    }
    case EntityKind::Person: {
        const Person *p = directory.person(result.org, result.id);
        if (!p)
            break;
        a.about = p->function;
        a.orgChartPersonId = p->id;
        if (a.now.redirect.personId != p->id) {
            a.ownerName = p->displayName();
            a.awayNote = awayText(directory, *p);
        } else if (!a.now.redirect.reachableNow) {
            a.awayNote = awayText(directory, *p);
        }
        if (p->delegateId != a.now.redirect.personId)
            a.backup = personContact(directory, router, p->org, p->delegateId,
                                     RedirectReason::Delegate, at);
        if (!a.backup.isValid())
            if (const Team *t = directory.teamByName(p->org, p->team);
                t && !t->phone.isEmpty() && a.now.redirect.teamId != t->id)
                a.backup = contactFor(directory, router.contact(*t, at));
        a.escalation =
            personContact(directory, router, p->org, p->managerId, RedirectReason::Escalation, at);
        break;
    }
    case EntityKind::Team: {
        const Team *t = directory.team(result.org, result.id);
        if (!t)
            break;
        a.orgChartTeamId = t->id;
        a.orgChartPersonId = t->leadId;
        if (t->leadId != a.now.redirect.personId)
            a.backup =
                personContact(directory, router, t->org, t->leadId, RedirectReason::Team, at);
        if (const Person *lead = directory.person(t->org, t->leadId))
            a.escalation = personContact(directory, router, t->org, lead->managerId,
                                         RedirectReason::Escalation, at);
        break;
    }
    }
    return a;
}

} // namespace whoowns::ui

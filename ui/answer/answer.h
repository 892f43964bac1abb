#pragma once

#include "model/directory.h"
#include "routing/redirect.h"
#include "routing/router.h"
#include "search/searchresult.h"

#include <QDateTime>
#include <QTimeZone>

namespace whoowns::ui {

// A contact on the answer card: where the call goes, plus what the card shows about them.
struct AnswerContact
{
    Redirect redirect;
    QString title;    // job title (people only)
    QString hours;    // working hours text
    QString timezone; // IANA name, when known
    bool isValid() const { return redirect.isValid(); }
};

// Everything the answer card shows for one result, worked out from a snapshot at an instant.
// Plain data, so tests can check it without painting anything.
struct Answer
{
    SearchResult result;
    QString about;     // what the customer is calling about (topic, or person's function)
    AnswerContact now; // who to redirect to right now
    QString ownerName; // the owner when someone else takes it now
    QString awayNote;  // "Out of office until 3 Dec 2026; delegate: ..." when relevant
    AnswerContact backup;
    AnswerContact escalation;
    QString notes; // what to tell the customer
    QStringList why;
    // The person to show in the org chart for this answer (owner, or the person itself).
    QString orgChartPersonId;
    QString orgChartTeamId;

    // The number to hand the caller to: the direct line, else the extension.
    QString transferNumber() const;
    // "Transferring you to … in … about …; if they are unavailable, … is the backup."
    QString handoffNote() const;
};

// The router must be over the same directory snapshot the result came from.
Answer buildAnswer(const Router &router, const Directory &directory, const SearchResult &result,
                   const QDateTime &at);

} // namespace whoowns::ui

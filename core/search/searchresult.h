#pragma once

#include "model/entitykind.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace whoowns {

struct MatchRange
{
    int start = 0; // in QChar units of the title
    int length = 0;
    bool operator==(const MatchRange &) const = default;
};

// One ranked answer. Plain data: no GUI types, so the CLI, the desktop app and tests share it.
struct SearchResult
{
    EntityKind kind = EntityKind::Responsibility;
    QString org;
    QString id;
    QString title;
    QString subtitle;
    double score = 0.0;
    QStringList why;                // "title: refund", "keyword: damaged", ...
    QList<MatchRange> titleMatches; // what to highlight in the title
    bool away = false;              // a person on leave: shown, but marked
};

} // namespace whoowns

Q_DECLARE_METATYPE(whoowns::SearchResult)

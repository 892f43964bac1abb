#pragma once

#include <QStringList>

namespace whoowns::schema {

// 'WHOW': marks a SQLite file as ours, so we never migrate somebody else's database.
constexpr int kApplicationId = 0x57484F57;

// The migrations, in order: migration i takes the schema from user_version i to i + 1.
// Never edit a released migration; append a new one.
const QStringList &migrations();

inline int currentVersion()
{
    return int(migrations().size());
}

} // namespace whoowns::schema

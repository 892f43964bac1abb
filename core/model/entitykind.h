#pragma once

#include <QString>

namespace whoowns {

enum class EntityKind { Responsibility, Person, Team };

QString kindName(EntityKind kind); // "responsibility", "person", "team"

} // namespace whoowns

#include "model/entitykind.h"

namespace whoowns {

QString kindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Responsibility:
        return QStringLiteral("responsibility");
    case EntityKind::Person:
        return QStringLiteral("person");
    case EntityKind::Team:
        return QStringLiteral("team");
    }
    return {};
}

} // namespace whoowns

#pragma once

#include "importers/columnmapping.h"
#include "io/canonicalcsv.h"

#include "model/text.h"

namespace whoowns {

// The values of one input record by field, whatever the format it came from.
struct FieldValues
{
    QString values[kImportFieldCount];
    QString &operator[](ImportField f) { return values[int(f)]; }
    const QString &operator[](ImportField f) const { return values[int(f)]; }
};

// Values that repeat across a file (titles, teams, departments, locations, managers) are stored
// once and shared, and the values of one person are packed into shared blocks: at a million
// rows that is hundreds of megabytes (see model/text.h).
class StringPool
{
public:
    Text intern(QStringView value) { return m_pool.intern(value); }
    Text pack(QStringView value) { return m_arena.make(value); }

private:
    TextArena m_arena;
    TextPool m_pool{m_arena};
};

// Turns the values of one record into a person the way every format needs: a name from first
// and last name when there is no full name, placeholders (N/D, Vacant) reported and replaced
// by the post's title, status words of HR systems, "phone x123" split into phone and extension,
// and the id taken from the email (or the name) when the export has no id. Warnings go to the
// report at the record's line.
PersonRow buildPerson(FieldValues &values, qint64 line, ImportReport &report,
                      StringPool *pool = nullptr);

} // namespace whoowns

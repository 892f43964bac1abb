// Fuzzes the JSON people reader (an array of objects with canonical keys or HR header names).
#include "fuzzsupport.h"

#include "importers/peoplefile.h"
#include "importers/recordformats.h"

using namespace whoowns;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto [selector, input] = fuzz::select(data, size);
    PeopleFileOptions options;
    if (selector & 1)
        options.mappings = {QStringLiteral("Full Name=name"), QStringLiteral("Boss=manager")};
    PeopleFileContent content;
    ImportReport report;
    readJsonPeople(input, options, content, report);
    for (const ImportMessage &m : report.messages)
        (void)m.format();
    return 0;
}

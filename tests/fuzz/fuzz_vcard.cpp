// Fuzzes the vCard 3.0/4.0 reader (folded lines, escapes, parameters, grouped properties).
#include "fuzzsupport.h"

#include "importers/peoplefile.h"
#include "importers/recordformats.h"

using namespace whoowns;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    PeopleFileContent content;
    ImportReport report;
    readVCards(QString::fromUtf8(fuzz::bytes(data, size)), content, report);
    for (const ImportMessage &m : report.messages)
        (void)m.format();
    return 0;
}

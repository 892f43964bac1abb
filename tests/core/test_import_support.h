#pragma once

#include "importers/peoplefile.h"
#include "store/directorystore.h"
#include "testsupport.h"

#include <QBuffer>

#include <memory>

namespace whoowns::test {

// A fresh in-memory directory and what importing one people file into it gave.
struct PeopleImport
{
    std::unique_ptr<DirectoryStore> store = std::make_unique<DirectoryStore>();
    ImportReport report;
    bool ok = false;

    PeopleImport() { REQUIRE(store->open(QStringLiteral(":memory:"))); }

    bool run(const QString &path, const PeopleFileOptions &file = {},
             const ImportOptions &options = {})
    {
        report = ImportReport();
        ok = importPeopleFile(*store, path, file, options, report);
        return ok;
    }

    Directory directory() { return store->load(); }

    QString exportPeople()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        writeCanonicalPeople(store->load(), &buffer);
        return QString::fromUtf8(buffer.data());
    }

    // Messages of one severity, as the CLI prints them.
    QStringList messages(ImportMessage::Severity severity) const
    {
        QStringList out;
        for (const auto &m : report.messages)
            if (m.severity == severity)
                out.append(m.format());
        return out;
    }
    QStringList errors() const { return messages(ImportMessage::Severity::Error); }
    QStringList warnings() const { return messages(ImportMessage::Severity::Warning); }
    bool warned(const QString &part) const
    {
        for (const QString &w : warnings())
            if (w.contains(part))
                return true;
        return false;
    }
};

} // namespace whoowns::test

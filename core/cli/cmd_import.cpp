#include "cli/cli.h"
#include "cli/command.h"
#include "importers/mappingpresets.h"
#include "importers/peoplefile.h"
#include "io/directoryimport.h"

#include <QFile>

namespace whoowns::cli {

namespace {

// --map may be given several times; parseArgs keeps one value per option, so the entries
// are taken out first.
QStringList takeRepeated(QStringList &arguments, const QString &name, QString *error)
{
    QStringList values;
    const QString flag = QStringLiteral("--") + name;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &t = arguments.at(i);
        if (t == flag) {
            if (i + 1 >= arguments.size()) {
                *error = QStringLiteral("%1 needs a value").arg(flag);
                return values;
            }
            values.append(arguments.at(i + 1));
            arguments.remove(i, 2);
            --i;
        } else if (t.startsWith(flag + QLatin1Char('='))) {
            values.append(t.mid(flag.size() + 1));
            arguments.remove(i);
            --i;
        }
    }
    return values;
}

void printMessages(Context &ctx, const ImportReport &report, bool ok)
{
    // Errors first: the first line of a refused import names the file and line at fault.
    for (const ImportMessage &m : report.messages)
        if (m.severity == ImportMessage::Severity::Error)
            ctx.err << m.format() << "\n";
    if (ok)
        for (const ImportMessage &m : report.messages)
            if (m.severity == ImportMessage::Severity::Info)
                ctx.err << m.file << ": info: " << m.text << "\n";
    for (const ImportMessage &m : report.messages)
        if (m.severity == ImportMessage::Severity::Warning)
            ctx.err << m.format() << "\n";
    ctx.err.flush();
}

} // namespace

int cmdImport(Context &ctx, const QStringList &rest)
{
    QStringList arguments = rest;
    QString mapError;
    QStringList mappings = takeRepeated(arguments, QStringLiteral("map"), &mapError);
    if (!mapError.isEmpty())
        return ctx.usage(mapError);
    const Args a = parseArgs(
        arguments,
        {QStringLiteral("format"), QStringLiteral("org"), QStringLiteral("mapping"),
         QStringLiteral("preset"), QStringLiteral("save-preset"), QStringLiteral("user")},
        {QStringLiteral("dry-run"), QStringLiteral("partial"), QStringLiteral("allow-leavers")});
    if (!a.error.isEmpty())
        return ctx.usage(a.error);
    if (a.positional.size() != 2)
        return ctx.usage(
            QStringLiteral("import needs what (people, teams, responsibilities) and a FILE"));
    const QString what = a.positional.at(0);
    if (what != QLatin1String("people") && what != QLatin1String("teams") &&
        what != QLatin1String("responsibilities"))
        return ctx.usage(
            QStringLiteral("import what? people, teams or responsibilities, not \"%1\"").arg(what));
    const QString format = a.values.value(QStringLiteral("format"));
    const bool people = what == QLatin1String("people");
    if (people && !format.isEmpty() && !peopleFormatNames().contains(format))
        return ctx.usage(QStringLiteral("unknown format \"%1\" (known: %2)")
                             .arg(format, peopleFormatNames().join(QStringLiteral(", "))));
    if (!people && !format.isEmpty() && format != QLatin1String("canonical") &&
        format != QLatin1String("csv"))
        return ctx.usage(QStringLiteral("%1 are imported from the canonical CSV only").arg(what));
    if (a.has(QStringLiteral("mapping"))) {
        QString problem;
        QStringList fromFile;
        if (!readMappingFile(a.value(QStringLiteral("mapping")), &fromFile, &problem)) {
            ctx.err << problem << "\n";
            return ExitInputProblem;
        }
        mappings = fromFile + mappings;
    }
    if (!ctx.openStore())
        return ExitDatabase;
    if (a.has(QStringLiteral("preset"))) {
        bool found = false;
        const QString name = a.value(QStringLiteral("preset"));
        const QStringList preset = loadMappingPreset(ctx.store(), name, &found);
        if (!found) {
            const QStringList known = mappingPresetNames(ctx.store());
            return ctx.usage(QStringLiteral("no mapping preset \"%1\" (saved: %2)")
                                 .arg(name, known.isEmpty() ? QStringLiteral("none")
                                                            : known.join(QStringLiteral(", "))));
        }
        mappings = preset + mappings;
    }

    ImportOptions options;
    options.dryRun = a.has(QStringLiteral("dry-run"));
    options.full = !a.has(QStringLiteral("partial"));
    options.allowMassLeaving = a.has(QStringLiteral("allow-leavers"));
    options.org = a.values.value(QStringLiteral("org"));
    options.user = a.values.value(QStringLiteral("user"));
    const QString path = a.positional.at(1);
    ImportReport report;
    bool ok = false;
    if (people) {
        PeopleFileOptions file;
        file.format = format;
        file.mappings = mappings;
        ok = importPeopleFile(ctx.store(), path, file, options, report);
    } else {
        ok = importCanonicalFile(ctx.store(), what, path, options, report);
    }
    printMessages(ctx, report, ok);
    if (!ok)
        return ExitInputProblem;
    if (a.has(QStringLiteral("save-preset"))) {
        if (!saveMappingPreset(ctx.store(), a.value(QStringLiteral("save-preset")), mappings)) {
            ctx.err << "whoowns-cli: could not save the mapping preset: " << ctx.store().lastError()
                    << "\n";
            return ExitDatabase;
        }
        ctx.err << path << ": info: mapping saved as preset \""
                << a.value(QStringLiteral("save-preset")) << "\"\n";
    }
    if (options.dryRun) {
        for (const auto &c : report.added)
            ctx.out << "+ " << c.id << " " << c.name << "\n";
        for (const auto &c : report.changed) {
            ctx.out << "~ " << c.id << " " << c.name << "\n";
            for (const auto &f : c.fields)
                ctx.out << "    " << f.field << ": \"" << f.before << "\" -> \"" << f.after
                        << "\"\n";
        }
        for (const auto &c : report.left)
            ctx.out << "- " << c.id << " " << c.name << " (will be marked as left)\n";
    }
    for (const QString &r : report.atRisk)
        ctx.out << "ownership at risk: " << r << "\n";
    ctx.out << (options.dryRun ? "dry run, nothing written: " : "") << report.summary() << "\n";
    return ExitOk;
}

} // namespace whoowns::cli

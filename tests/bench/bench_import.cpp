// Imports a large people export and prints the time and the peak resident memory.
//
//   bench_import                 1,000,000 generated Workday-style rows (the figure)
//   bench_import --short         20,000 rows (what CTest runs)
//   bench_import --rows N
//   bench_import FILE            an existing export, e.g. gendir.py --people 1000000 --style
//   workday
//
// Figures only; nothing is asserted about them.
#include "importers/peoplefile.h"
#include "store/directorystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace whoowns;

namespace {

// A Workday custom report like gendir.py --style workday writes: managers by employee id,
// phone with " xEXT", status words, teams of ~20 under managers under department heads.
bool writeWorkdayFile(const QString &path, qint64 rows)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    f.write("Employee ID,Legal First Name,Legal Last Name,Preferred First Name,Business Title,"
            "Supervisory Organization,Cost Center,Work Location,Primary Work Email,"
            "Primary Work Phone,Manager Employee ID,Worker Status\n");
    const char *first[] = {"James", "María", "Zoë", "Łukasz", "Søren", "Priya", "Nguyễn", "Anaïs"};
    const char *last[] = {"Smith", "García", "Dąbrowski", "Müller", "O'Brien", "Nakamura", "Øster"};
    const char *depts[] = {"Customer Care", "Finance", "Logistics", "Engineering", "Sales"};
    const char *cities[] = {"Berlin", "London", "New York", "Manila", "Kraków"};
    QByteArray line;
    for (qint64 i = 1; i <= rows; ++i) {
        const qint64 dept = i % 5;
        // 1 reports to nobody, department heads to 1, team managers to their head, others
        // to their team manager.
        qint64 manager = 0;
        if (i > 1 && i <= 6)
            manager = 1;
        else if (i > 6 && (i % 20) == 0)
            manager = 2 + dept;
        else if (i > 6)
            manager = qMax<qint64>(i - (i % 20), 2 + dept);
        const QByteArray id = QByteArray("E") + QByteArray::number(i).rightJustified(7, '0');
        const QByteArray fn = first[i % 8];
        const QByteArray ln = last[(i / 8) % 7];
        line.clear();
        line += id + ',' + fn + ',' + ln + ",," + "Specialist" + ',' + depts[dept] + " Team " +
                QByteArray::number(i / 20) + ',' + depts[dept] + ',' + cities[i % 5] + ',' +
                fn.toLower() + '.' + QByteArray::number(i) + "@example.com," + "+49 30 5557 " +
                QByteArray::number(1000 + i % 9000) + " x" + QByteArray::number(10000 + i % 90000) +
                ',' +
                (manager ? QByteArray("E") + QByteArray::number(manager).rightJustified(7, '0')
                         : QByteArray()) +
                ',' + (i % 31 == 0 ? "On Leave" : "Active") + '\n';
        f.write(line);
    }
    return true;
}

double peakResidentMiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

// User + system CPU seconds: on a machine shared with other jobs the wall-clock time says more
// about the neighbours than about the import.
double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    qint64 rows = 1'000'000;
    QString file;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--short"))
            rows = 20'000;
        else if (args.at(i) == QLatin1String("--rows") && i + 1 < args.size())
            rows = args.at(++i).toLongLong();
        else
            file = args.at(i);
    }
    QTemporaryDir dir;
    if (!dir.isValid())
        return 1;
    if (file.isEmpty()) {
        file = dir.filePath(QStringLiteral("people.csv"));
        if (!writeWorkdayFile(file, rows)) {
            std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    const double baseline = peakResidentMiB();
    DirectoryStore store;
    if (!store.open(dir.filePath(QStringLiteral("bench.sqlite")))) {
        std::fprintf(stderr, "%s\n", qPrintable(store.lastError()));
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    const double cpuBefore = cpuSeconds();
    ImportReport report;
    const bool ok = importPeopleFile(store, file, {}, {}, report);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!ok) {
        for (const auto &m : report.messages)
            if (m.severity == ImportMessage::Severity::Error)
                std::fprintf(stderr, "%s\n", qPrintable(m.format()));
        return 1;
    }
    const qint64 imported = report.added.size() + report.changed.size() + report.unchanged;
    std::printf("import people: %lld rows (%s) in %.2f s wall, %.2f s CPU, %.0f rows/s, peak RSS "
                "%.0f MiB (%.0f MiB before the import)\n",
                static_cast<long long>(imported), qPrintable(report.format), seconds,
                cpuSeconds() - cpuBefore, double(imported) / seconds, peakResidentMiB(), baseline);
    std::printf("%s\n", qPrintable(report.summary()));
    return 0;
}

// Search speed: index-ready time after opening the database, per-keystroke latency (every
// prefix of every query, as typed letter by letter) and resident memory.
//
//   bench_search --short                      small synthetic directory (CTest)
//   bench_search --people 100000              synthetic: N people + 10,000 responsibilities
//                [--write FILE]               (and keep the synthetic database in FILE)
//   bench_search --db FILE --queries TSV      an existing database (e.g. imported from
//                                             gendir.py output) and its labelled queries
//                [--add-responsibilities N]   plus N generated responsibilities (in a copy)
//
// Prints figures; asserts nothing about time.

#include "db/database.h"
#include "db/statement.h"
#include "search/searchengine.h"
#include "store/directorystore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace whoowns;

namespace {

const char *const kFirst[] = {
    "James", "Robert", "William", "Elizabeth", "Margaret", "Katherine", "Michael", "Jennifer",
    "José",  "María",  "Zoë",     "Łukasz",    "Søren",    "Siobhán",   "Jürgen",  "François",
    "Priya", "Rahul",  "Wei",     "Mei",       "Hiroshi",  "Yuki",      "Amara",   "Fatima",
    "Omar",  "Leila",  "Sven",    "Ingrid",    "Mateo",    "Camila",    "Olga",    "Dmitri",
    "Anna",  "Emma",   "Noah",    "Liam",      "Olivia",   "Sophia",    "Lucas",   "Hannah",
    "Jane",  "John",   "Thảo",    "Ayşe",      "Chinedu",  "Oluwaseun", "Bjørn",   "Anaïs"};
const char *const kLast[] = {
    "Smith",     "Johnson", "Williams",  "Brown",    "Jones",     "Miller", "Davis",    "García",
    "Müller",    "Schmidt", "Schneider", "Fischer",  "Weber",     "Meyer",  "Kowalski", "Nowak",
    "Dąbrowski", "O'Brien", "McCarthy",  "de Vries", "Dubois",    "Rossi",  "Nguyen",   "Tran",
    "Kim",       "Park",    "Wang",      "Li",       "Chen",      "Tanaka", "Suzuki",   "Patel",
    "Sharma",    "Singh",   "Okafor",    "Adeyemi",  "Al-Hassan", "Yılmaz", "Öztürk",   "Jensen",
    "Hansen",    "Ivanov",  "Novák",     "Horváth",  "Silva",     "Santos", "Ferreira", "Doe"};
const char *const kTeams[] = {
    "Returns & Refunds",  "Payroll",     "Service Desk",  "Shipping & Delivery",
    "Billing Operations", "Benefits",    "Recruiting",    "Privacy Office",
    "Warranty Claims",    "Collections", "Subscriptions", "Web Store"};
const char *const kRoles[] = {"Specialist", "Analyst", "Coordinator", "Associate", "Advisor"};
const char *const kTopicWords[] = {
    "refund",   "invoice",  "delivery", "parcel",   "payslip", "password", "laptop",   "badge",
    "warranty", "contract", "pension",  "overtime", "expense", "printer",  "heating",  "parking",
    "account",  "voucher",  "loyalty",  "damaged",  "missing", "late",     "broken",   "cancel",
    "address",  "payment",  "card",     "holiday",  "sick",    "training", "supplier", "tax"};

template <typename T, size_t N> const char *pick(QRandomGenerator &rng, const T (&list)[N])
{
    return list[rng.bounded(static_cast<quint32>(N))];
}

// Responsibilities made of the topic words, owned by some of the given people.
void appendResponsibilities(Directory &d, int count, QRandomGenerator &rng,
                            const QList<Person> &owners)
{
    for (int i = 0; i < count; ++i) {
        Responsibility r;
        r.id = QStringLiteral("R%1").arg(i + 1, 6, 10, QLatin1Char('0'));
        const QString a = QString::fromUtf8(pick(rng, kTopicWords));
        const QString b = QString::fromUtf8(pick(rng, kTopicWords));
        const QString c = QString::fromUtf8(pick(rng, kTopicWords));
        r.topic = a.left(1).toUpper() + a.mid(1) + QStringLiteral(" and ") + b +
                  QStringLiteral(" questions");
        r.keywords = {a, b, c, b + QLatin1Char(' ') + c};
        r.description = QStringLiteral("Everything about %1 %2 and %3 for customers.").arg(a, b, c);
        if (!owners.isEmpty()) {
            const Person &owner = owners.at(rng.bounded(static_cast<int>(owners.size())));
            r.org = owner.org;
            r.ownerId = owner.id;
        }
        d.responsibilities.append(r);
    }
}

Directory syntheticDirectory(int people, int responsibilities)
{
    QRandomGenerator rng(42);
    Directory d;
    d.people.reserve(people);
    for (int i = 0; i < people; ++i) {
        Person p;
        p.id = QStringLiteral("E%1").arg(i + 1, 7, 10, QLatin1Char('0'));
        const QString first = QString::fromUtf8(pick(rng, kFirst));
        const QString last = QString::fromUtf8(pick(rng, kLast));
        p.name = first + QLatin1Char(' ') + last;
        const QString team = QString::fromUtf8(pick(rng, kTeams));
        p.team = i % 7 == 0 ? team : team + QStringLiteral(" %1").arg(i % 97);
        p.title = team.section(QLatin1Char(' '), 0, 0) + QLatin1Char(' ') +
                  QString::fromUtf8(pick(rng, kRoles));
        p.department = QStringLiteral("Operations");
        p.email = QStringLiteral("%1.%2%3@example.com")
                      .arg(first.toLower(), last.toLower().remove(QLatin1Char(' ')))
                      .arg(i);
        const int ext = 1000 + static_cast<int>(rng.bounded(98000));
        p.extension = QString::number(ext);
        p.phone = QStringLiteral("+49 30 5557 %1").arg(ext % 10000, 4, 10, QLatin1Char('0'));
        p.location = QStringLiteral("Berlin");
        p.status = i % 50 == 0 ? PersonStatus::OnLeave : PersonStatus::Active;
        d.people.append(p);
    }
    appendResponsibilities(d, responsibilities, rng, d.people);
    d.index();
    return d;
}

bool writeDirectory(DirectoryStore &store, const Directory &d)
{
    db::Transaction tx(store.database());
    for (const Person &p : d.people)
        if (!store.upsertPerson(p))
            return false;
    for (const Responsibility &r : d.responsibilities)
        if (!store.upsertResponsibility(r))
            return false;
    return tx.commit();
}

QStringList syntheticQueries(const Directory &d, int count)
{
    QRandomGenerator rng(7);
    QStringList out;
    for (int i = 0; i < count; ++i) {
        const Person &p = d.people.at(rng.bounded(static_cast<int>(d.people.size())));
        switch (i % 6) {
        case 0:
            out.append(p.name);
            break;
        case 1:
            out.append(p.name.view().left(3).toString() + QLatin1Char(' ') +
                       p.name.toString().section(QLatin1Char(' '), -1).left(4));
            break;
        case 2:
            out.append(QStringLiteral("x") + p.extension.toString());
            break;
        case 3:
            out.append(p.email.toString().section(QLatin1Char('@'), 0, 0));
            break;
        case 4:
            out.append(QString::fromUtf8(pick(rng, kTopicWords)) + QLatin1Char(' ') +
                       QString::fromUtf8(pick(rng, kTopicWords)));
            break;
        default:
            out.append(QStringLiteral("my ") + QString::fromUtf8(pick(rng, kTopicWords)) +
                       QStringLiteral(" is ") + QString::fromUtf8(pick(rng, kTopicWords)));
            break;
        }
    }
    return out;
}

QStringList labelledQueries(const QString &path)
{
    QStringList out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return out;
    QTextStream in(&f);
    in.readLine(); // header
    QString line;
    while (in.readLineInto(&line))
        if (!line.isEmpty())
            out.append(line.section(QLatin1Char('\t'), 0, 0));
    return out;
}

// CPU time of this thread: on a busy machine wall time also counts waiting for a core.
qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<qint64>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

// A figure of /proc/self/status in kB: VmRSS (resident now) or VmHWM (the peak).
long statusKb(const char *key = "VmRSS:")
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray name(key);
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').value(0).toLong();
    return -1;
}

long residentKb()
{
    return statusKb();
}

double percentile(std::vector<qint64> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())));
    return static_cast<double>(v[i]) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto value = [&](const QString &name, const QString &fallback) {
        const qsizetype i = args.indexOf(name);
        return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    const bool isShort = args.contains(QStringLiteral("--short"));
    const int people = value(QStringLiteral("--people"),
                             isShort ? QStringLiteral("20000") : QStringLiteral("100000"))
                           .toInt();
    const int responsibilities = value(QStringLiteral("--responsibilities"),
                                       isShort ? QStringLiteral("2000") : QStringLiteral("10000"))
                                     .toInt();
    QString dbPath = value(QStringLiteral("--db"), QString());
    const QString queriesPath = value(QStringLiteral("--queries"), QString());

    QTemporaryDir tmp;
    const QString keep = value(QStringLiteral("--write"), QString()); // keep the synthetic db
    const int extra = value(QStringLiteral("--add-responsibilities"), QStringLiteral("0")).toInt();
    if (!dbPath.isEmpty() && extra > 0) {
        // The setting: a gendir.py company plus generated responsibilities, written
        // into a copy so that the given database stays as it was.
        const QString copy = tmp.filePath(QStringLiteral("with-responsibilities.sqlite"));
        Directory added;
        {
            DirectoryStore source;
            if (!source.open(dbPath)) {
                std::fprintf(stderr, "cannot open %s\n", qPrintable(dbPath));
                return 1;
            }
            // Owners read by SQL, not by loading the whole directory: this process's resident
            // size is what is measured below.
            QList<Person> owners;
            db::Statement st(source.database(),
                             QStringLiteral("SELECT org, id FROM people WHERE status <> 'left' "
                                            "ORDER BY rowid LIMIT 10000"));
            while (st.step() == db::Statement::Step::Row) {
                Person p;
                p.org = st.text(0);
                p.id = st.text(1);
                owners.append(p);
            }
            QRandomGenerator rng(42);
            appendResponsibilities(added, extra, rng, owners);
        }
        if (!QFile::copy(dbPath, copy)) {
            std::fprintf(stderr, "cannot copy %s\n", qPrintable(dbPath));
            return 1;
        }
        DirectoryStore store;
        if (!store.open(copy) || !writeDirectory(store, added)) {
            std::fprintf(stderr, "cannot add responsibilities: %s\n",
                         qPrintable(store.lastError()));
            return 1;
        }
        std::printf("added %d generated responsibilities to a copy of %s\n", extra,
                    qPrintable(dbPath));
        dbPath = copy;
    }
    if (dbPath.isEmpty()) {
        dbPath = keep.isEmpty() ? tmp.filePath(QStringLiteral("bench.sqlite")) : keep;
        DirectoryStore store;
        if (!store.open(dbPath) ||
            !writeDirectory(store, syntheticDirectory(people, responsibilities))) {
            std::fprintf(stderr, "cannot write the synthetic directory: %s\n",
                         qPrintable(store.lastError()));
            return 1;
        }
        std::printf("synthetic directory: %d people, %d responsibilities\n", people,
                    responsibilities);
    }

    // Index ready: open, load the snapshot, build the index.
    const long rssBefore = residentKb();
    QElapsedTimer ready;
    ready.start();
    DirectoryStore store;
    if (!store.open(dbPath)) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(dbPath),
                     qPrintable(store.lastError()));
        return 1;
    }
    auto directory = std::make_shared<Directory>(store.load());
    const qint64 loadedMs = ready.elapsed();
    const long rssLoaded = residentKb();
    const SearchEngine engine(directory);
    const qint64 readyMs = ready.elapsed();
    const long rssReady = residentKb();

    QStringList queries = queriesPath.isEmpty() ? QStringList() : labelledQueries(queriesPath);
    if (queries.isEmpty())
        queries = syntheticQueries(*directory, isShort ? 60 : 300);

    // Every prefix of every query, as typed letter by letter.
    std::vector<qint64> full, typed, typedCpu;
    std::vector<std::pair<qint64, QString>> slowest;
    int answered = 0;
    SearchOptions options;
    for (const QString &q : queries) {
        for (qsizetype n = 1; n <= q.size(); ++n) {
            QElapsedTimer t;
            const qint64 cpu0 = threadCpuNs();
            t.start();
            const auto results = engine.search(q.left(n), options);
            const qint64 ns = t.nsecsElapsed();
            const qint64 cpuNs = threadCpuNs() - cpu0;
            typedCpu.push_back(cpuNs);
            typed.push_back(ns);
            slowest.emplace_back(cpuNs, q.left(n)); // cpu: wall time also counts waiting
            if (n == q.size()) {
                full.push_back(ns);
                answered += results.isEmpty() ? 0 : 1;
            }
        }
    }
    std::printf("people %lld, teams %lld, responsibilities %lld\n",
                static_cast<long long>(directory->people.size()),
                static_cast<long long>(directory->teams.size()),
                static_cast<long long>(directory->responsibilities.size()));
    std::printf("index ready %lld ms after opening (load %lld ms, index %lld ms)\n",
                static_cast<long long>(readyMs), static_cast<long long>(loadedMs),
                static_cast<long long>(readyMs - loadedMs));
    std::printf("queries %lld (answered %d), keystrokes %lld\n",
                static_cast<long long>(queries.size()), answered,
                static_cast<long long>(typed.size()));
    std::printf("latency per keystroke: p50 %.3f ms, p99 %.3f ms, max %.3f ms\n",
                percentile(typed, 0.5), percentile(typed, 0.99), percentile(typed, 1.0));
    std::printf("cpu time per keystroke: p50 %.3f ms, p99 %.3f ms, max %.3f ms\n",
                percentile(typedCpu, 0.5), percentile(typedCpu, 0.99), percentile(typedCpu, 1.0));
    std::printf("latency per full query: p50 %.3f ms, p99 %.3f ms\n", percentile(full, 0.5),
                percentile(full, 0.99));
    std::sort(slowest.begin(), slowest.end(),
              [](const auto &a, const auto &b) { return a.first > b.first; });
    for (size_t i = 0; i < std::min<size_t>(5, slowest.size()); ++i)
        std::printf("  slowest (cpu): %.3f ms \"%s\"\n",
                    static_cast<double>(slowest[i].first) / 1e6, qPrintable(slowest[i].second));
    // Decimal megabytes, as the bars are written; the resident figure also in MiB, as tools
    // such as top count it.
    const auto mb = [](long kib) { return static_cast<double>(kib) * 1024.0 / 1e6; };
    std::printf("index memory %.1f MB; resident %.1f MB = %.1f MiB (%.1f MB before opening, "
                "%.1f MB with the snapshot loaded, %.1f MB with the index ready, peak %.1f MB)\n",
                static_cast<double>(engine.indexMemoryBytes()) / 1e6, mb(residentKb()),
                static_cast<double>(residentKb()) / 1024.0, mb(rssBefore), mb(rssLoaded),
                mb(rssReady), mb(statusKb("VmHWM:")));
    return answered > 0 ? 0 : 1;
}

#include "search/searchengine.h"

#include <QRegularExpression>

#include <algorithm>

namespace whoowns {

namespace {

// Foundation-level matching: folded word prefixes. (Replaced by the ranked index of
// search/ranking.md.)
QString foldText(const QString &s)
{
    QString d = s.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(d.size());
    for (QChar c : d)
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    return out.toCaseFolded();
}

QStringList words(const QString &s)
{
    static const QRegularExpression split(QStringLiteral("[^\\w]+"));
    return foldText(s).split(split, Qt::SkipEmptyParts);
}

struct Doc
{
    EntityKind kind;
    qsizetype row;
    QStringList titleWords;
    QStringList otherWords;
};

} // namespace

struct SearchEngine::Index
{
    QList<Doc> docs;
};

SearchEngine::SearchEngine(std::shared_ptr<const Directory> directory)
    : m_directory(std::move(directory)), m_index(std::make_unique<Index>())
{
    const Directory &d = *m_directory;
    for (qsizetype i = 0; i < d.responsibilities.size(); ++i) {
        const auto &r = d.responsibilities.at(i);
        m_index->docs.append(
            {EntityKind::Responsibility, i, words(r.topic),
             words(r.keywords.join(QLatin1Char(' ')) + QLatin1Char(' ') + r.description)});
    }
    for (qsizetype i = 0; i < d.people.size(); ++i) {
        const auto &p = d.people.at(i);
        if (p.status == PersonStatus::Left)
            continue;
        m_index->docs.append(
            {EntityKind::Person, i, words(p.name + QLatin1Char(' ') + p.preferredName),
             words(p.title + QLatin1Char(' ') + p.email + QLatin1Char(' ') + p.extension)});
    }
    for (qsizetype i = 0; i < d.teams.size(); ++i) {
        const auto &t = d.teams.at(i);
        m_index->docs.append({EntityKind::Team, i, words(t.name), words(t.department)});
    }
}

SearchEngine::~SearchEngine() = default;

QList<SearchResult> SearchEngine::search(const QString &query, const SearchOptions &options) const
{
    const QStringList terms = words(query);
    QList<SearchResult> out;
    if (terms.isEmpty())
        return out;
    const Directory &d = *m_directory;
    for (const Doc &doc : m_index->docs) {
        if (options.cancel && options.cancel->load(std::memory_order_relaxed))
            return {};
        double score = 0;
        QStringList why;
        for (const QString &t : terms) {
            auto hit = [&](const QStringList &ws) {
                return std::any_of(ws.begin(), ws.end(),
                                   [&](const QString &w) { return w.startsWith(t); });
            };
            if (hit(doc.titleWords)) {
                score += 2;
                why.append(QStringLiteral("title: ") + t);
            } else if (hit(doc.otherWords)) {
                score += 1;
                why.append(QStringLiteral("text: ") + t);
            }
        }
        if (score <= 0)
            continue;
        SearchResult r;
        r.kind = doc.kind;
        r.score = score / (2.0 * terms.size());
        r.why = why;
        if (doc.kind == EntityKind::Responsibility) {
            const auto &x = d.responsibilities.at(doc.row);
            r.org = x.org;
            r.id = x.id;
            r.title = x.topic;
            const Team *t = d.team(x.org, x.ownerTeamId);
            r.subtitle = t ? t->name : QString();
        } else if (doc.kind == EntityKind::Person) {
            const auto &x = d.people.at(doc.row);
            r.org = x.org;
            r.id = x.id;
            r.title = x.name;
            r.subtitle = x.title + (x.team.isEmpty() ? QString() : QStringLiteral(", ") + x.team);
            r.away = x.status == PersonStatus::OnLeave;
        } else {
            const auto &x = d.teams.at(doc.row);
            r.org = x.org;
            r.id = x.id;
            r.title = x.name;
            r.subtitle = x.department;
        }
        out.append(r);
    }
    std::stable_sort(out.begin(), out.end(), [](const SearchResult &a, const SearchResult &b) {
        return a.score > b.score;
    });
    if (out.size() > options.limit)
        out.resize(options.limit);
    return out;
}

} // namespace whoowns

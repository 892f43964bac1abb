#include "search/searchpage.h"

#include "answer/answercard.h"
#include "answer/nothingfound.h"
#include "search/resultdelegate.h"
#include "search/resultsmodel.h"
#include "search/searchcontroller.h"
#include "search/searchfield.h"
#include "session/directorysession.h"
#include "settings/preferences.h"
#include "store/directorystore.h"
#include "store/unansweredlog.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QListView>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace whoowns::ui {

SearchPage::SearchPage(DirectorySession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("searchPage"));
    auto *layout = new QVBoxLayout(this);
    m_field = new SearchField(this);
    layout->addWidget(m_field);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("searchSplitter"));
    m_view = new QListView(splitter);
    m_view->setObjectName(QStringLiteral("resultsView"));
    m_view->setAccessibleName(tr("Results"));
    m_view->setUniformItemSizes(true);
    m_view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_view->setItemDelegate(new ResultDelegate(m_view));
    m_model = new ResultsModel(this);
    m_view->setModel(m_model);
    m_field->setNavigationTarget(m_view);

    m_panels = new QStackedWidget(splitter);
    m_panels->setObjectName(QStringLiteral("answerPanels"));
    m_hint = new QLabel(m_panels);
    m_hint->setObjectName(QStringLiteral("searchHint"));
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_card = new AnswerCard(m_panels);
    m_nothing = new NothingFound(m_panels);
    m_panels->addWidget(m_hint);
    m_panels->addWidget(m_card);
    m_panels->addWidget(m_nothing);
    splitter->addWidget(m_view);
    splitter->addWidget(m_panels);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    setTabOrder(m_field, m_view);
    setTabOrder(m_view, m_card);

    m_controller = new SearchController(session.clock(), this);
    connect(m_field, &QLineEdit::textChanged, m_controller, &SearchController::search);
    connect(m_controller, &SearchController::resultsReady, this, &SearchPage::onResults);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SearchPage::onCurrentChanged);
    connect(m_field, &SearchField::activated, this, &SearchPage::onActivated);
    connect(m_view, &QListView::activated, this, &SearchPage::onActivated);
    connect(m_card, &AnswerCard::message, this, &SearchPage::message);
    connect(m_card, &AnswerCard::orgChartRequested, this, &SearchPage::orgChartRequested);
    connect(m_nothing, &NothingFound::logRequested, this, &SearchPage::logQuestion);
    connect(m_nothing, &NothingFound::copyFallbackRequested, this, [this](const QString &phone) {
        QApplication::clipboard()->setText(phone);
        emit message(tr("Copied %1").arg(phone));
    });
    connect(&session, &DirectorySession::snapshotChanged, this, [this] {
        m_hint->setText(tr("Type what the caller needs: a topic, a name, a team or a number."));
        m_controller->setSnapshot(m_session.snapshot());
        applySettings();
    });
    m_hint->setText(session.isLoaded()
                        ? tr("Type what the caller needs: a topic, a name, a team or a number.")
                        : tr("Loading the directory…"));
    m_controller->setSnapshot(session.snapshot());
    applySettings();
}

void SearchPage::applySettings()
{
    // The fallback contact is part of the routing settings (the CLI offers the same one).
    const auto snapshot = m_session.snapshot();
    const FallbackContact fallback =
        snapshot ? snapshot->router->config().fallback : FallbackContact{};
    m_nothing->setFallback(fallback.name, fallback.phone);
    m_card->setRepTimeZone(repTimeZone());
    m_card->setCallScheme(callScheme());
}

void SearchPage::setQuery(const QString &query)
{
    m_field->setText(query);
}

QString SearchPage::query() const
{
    return m_field->text();
}

void SearchPage::focusSearch()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPage::showPerson(const QString &org, const QString &id)
{
    const auto snapshot = m_session.snapshot();
    const Person *p = snapshot ? snapshot->directory().person(org, id) : nullptr;
    if (!p)
        return;
    SearchResult r;
    r.kind = EntityKind::Person;
    r.org = org;
    r.id = id;
    r.title = p->displayName();
    r.subtitle = p->title + (p->team.isEmpty() ? QString() : QStringLiteral(", ") + p->team);
    r.away = p->status == PersonStatus::OnLeave;
    const Answer answer =
        buildAnswer(*snapshot->router, snapshot->directory(), r, m_session.clock().now());
    ResultRow row;
    row.result = r;
    row.reachable = answer.now.redirect.reachableNow;
    row.viaStandIn = answer.now.redirect.personId != id;
    row.redirectName = answer.now.redirect.name;
    {
        const QSignalBlocker blocker(m_field); // show the name without searching for it
        m_field->setText(r.title);
    }
    m_model->setRows({row});
    m_view->setCurrentIndex(m_model->index(0));
    showPanel(m_card);
    focusSearch();
}

void SearchPage::showPanel(QWidget *panel)
{
    m_panels->setCurrentWidget(panel);
}

void SearchPage::onResults(const QString &query, const QList<ResultRow> &rows, qint64 tookUs)
{
    m_model->setRows(rows);
    if (!rows.isEmpty()) {
        m_view->setCurrentIndex(m_model->index(0)); // the first result is selected by default
        showPanel(m_card);
    } else if (query.trimmed().isEmpty()) {
        m_card->clear();
        showPanel(m_hint);
    } else {
        m_card->clear();
        m_nothing->setQuery(query);
        showPanel(m_nothing);
    }
    emit message(tr("%n result(s) in %1 ms", nullptr, int(rows.size()))
                     .arg(double(tookUs) / 1000.0, 0, 'f', 1));
    emit resultsShown(query, int(rows.size()));
}

void SearchPage::onCurrentChanged(const QModelIndex &current)
{
    const SearchResult *r = m_model->resultAt(current.row());
    const auto snapshot = m_session.snapshot();
    if (!r || !snapshot) {
        m_card->clear();
        return;
    }
    m_card->setAnswer(
        buildAnswer(*snapshot->router, snapshot->directory(), *r, m_session.clock().now()));
}

void SearchPage::onActivated()
{
    if (m_model->rowCount() > 0)
        m_card->copyTransferNumber();
    else if (!m_field->text().trimmed().isEmpty())
        logQuestion(m_field->text());
}

void SearchPage::logQuestion(const QString &query)
{
    UnansweredLog log(m_session.store());
    if (log.record(query, m_session.clock().now())) {
        m_nothing->setLogged(true);
        emit message(tr("Logged “%1” for the map maintainers").arg(query.simplified()));
    } else {
        emit message(tr("Could not log the question: %1").arg(m_session.store().lastError()));
    }
}

} // namespace whoowns::ui

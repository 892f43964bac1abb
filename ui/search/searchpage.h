#pragma once

#include "search/resultrow.h"

#include <QWidget>

class QListView;
class QStackedWidget;
class QLabel;
class QModelIndex;

namespace whoowns::ui {

class AnswerCard;
class DirectorySession;
class NothingFound;
class ResultsModel;
class SearchController;
class SearchField;

// The rep's page: the search field, the ranked results and, for the selected result, the
// answer card (or, when nothing matched, the fallback contact and "log this question").
class SearchPage : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPage(DirectorySession &session, QWidget *parent = nullptr);

    SearchField *searchField() const { return m_field; }
    AnswerCard *answerCard() const { return m_card; }
    QListView *resultsView() const { return m_view; }
    ResultsModel *resultsModel() const { return m_model; }

    void setQuery(const QString &query);
    QString query() const;
    void focusSearch();
    // Shows one person's answer card (from the org chart) without running a search.
    void showPerson(const QString &org, const QString &id);
    // Re-reads the fallback contact and the rep's preferences.
    void applySettings();

signals:
    void resultsShown(const QString &query, int count); // tests and the start-up benchmark
    void message(const QString &text);
    void orgChartRequested(const QString &org, const QString &personId, const QString &teamId);

private:
    void onResults(const QString &query, const QList<ResultRow> &rows, qint64 tookUs);
    void onCurrentChanged(const QModelIndex &current);
    void onActivated();
    void logQuestion(const QString &query);
    void showPanel(QWidget *panel);

    DirectorySession &m_session;
    SearchField *m_field = nullptr;
    QListView *m_view = nullptr;
    ResultsModel *m_model = nullptr;
    SearchController *m_controller = nullptr;
    QStackedWidget *m_panels = nullptr;
    QLabel *m_hint = nullptr;
    AnswerCard *m_card = nullptr;
    NothingFound *m_nothing = nullptr;
};

} // namespace whoowns::ui

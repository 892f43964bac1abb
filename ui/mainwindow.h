#pragma once

#include "model/directory.h"
#include "search/searchresult.h"
#include "util/clock.h"

#include <QMainWindow>

#include <memory>

class QLineEdit;
class QListView;
class QTextBrowser;
class QLabel;

namespace whoowns {
class SearchEngine;
class DirectoryStore;
} // namespace whoowns

namespace whoowns::ui {

class ResultsModel;
class SearchController;

// The rep's window: one search field, the ranked results, and the answer card of the
// selected result.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(DirectoryStore &store, const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setQuery(const QString &query);
    // Rebuilds the search index from the store (after an import).
    void reload();

signals:
    void resultsShown(int count); // for tests and the start-up benchmark

private:
    void onResults(const QString &query, const QList<whoowns::SearchResult> &results,
                   qint64 tookUs);
    void showAnswer();
    void copyTransferNumber();

    DirectoryStore &m_store;
    const Clock &m_clock;
    std::shared_ptr<const Directory> m_directory;
    QLineEdit *m_search = nullptr;
    QListView *m_results = nullptr;
    QTextBrowser *m_answer = nullptr;
    QLabel *m_status = nullptr;
    ResultsModel *m_model = nullptr;
    SearchController *m_controller = nullptr;
};

} // namespace whoowns::ui

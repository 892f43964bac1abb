#include "unanswered/unansweredview.h"

#include "session/directorysession.h"
#include "store/unansweredlog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace whoowns::ui {

UnansweredView::UnansweredView(DirectorySession &session, QWidget *parent)
    : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("unansweredView"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Questions that found no owner, most asked first. Add the missing "
                                "topic or keyword, then dismiss the entry."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_model = new QStandardItemModel(0, 4, this);
    m_model->setHorizontalHeaderLabels(
        {tr("Question"), tr("Times asked"), tr("First asked"), tr("Last asked")});
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("unansweredTable"));
    m_table->setAccessibleName(tr("Unanswered questions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_addTopic = new QPushButton(tr("&Add topic for this question…"), this);
    m_addTopic->setObjectName(QStringLiteral("addTopicButton"));
    m_addTopic->setAccessibleName(tr("Add topic for this question"));
    m_dismiss = new QPushButton(tr("&Dismiss"), this);
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_dismiss->setAccessibleName(tr("Dismiss question"));
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("refreshUnansweredButton"));
    refreshButton->setAccessibleName(tr("Refresh"));
    buttons->addWidget(m_addTopic);
    buttons->addWidget(m_dismiss);
    buttons->addStretch(1);
    buttons->addWidget(refreshButton);
    layout->addLayout(buttons);

    connect(refreshButton, &QPushButton::clicked, this, &UnansweredView::refresh);
    connect(m_addTopic, &QPushButton::clicked, this, [this] {
        if (!currentQuery().isEmpty())
            emit addTopicRequested(currentQuery());
    });
    connect(m_table, &QTableView::activated, this, [this] {
        if (!currentQuery().isEmpty())
            emit addTopicRequested(currentQuery());
    });
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        if (currentQuery().isEmpty())
            return;
        UnansweredLog(m_session.store()).remove(currentQuery());
        refresh();
    });
}

void UnansweredView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void UnansweredView::refresh()
{
    m_model->removeRows(0, m_model->rowCount());
    const QLocale locale;
    for (const UnansweredQuestion &q : UnansweredLog(m_session.store()).questions()) {
        QList<QStandardItem *> row{
            new QStandardItem(q.query), new QStandardItem(QString::number(q.count)),
            new QStandardItem(locale.toString(q.firstAt.toLocalTime(), QLocale::ShortFormat)),
            new QStandardItem(locale.toString(q.lastAt.toLocalTime(), QLocale::ShortFormat))};
        row[1]->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        m_model->appendRow(row);
    }
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    m_addTopic->setEnabled(m_model->rowCount() > 0);
    m_dismiss->setEnabled(m_model->rowCount() > 0);
}

int UnansweredView::rowCount() const
{
    return m_model->rowCount();
}

QString UnansweredView::queryAt(int row) const
{
    return m_model->index(row, 0).data().toString();
}

int UnansweredView::countAt(int row) const
{
    return m_model->index(row, 1).data().toInt();
}

QString UnansweredView::currentQuery() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_model->index(i.row(), 0).data().toString() : QString();
}

} // namespace whoowns::ui

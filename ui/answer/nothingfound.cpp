#include "answer/nothingfound.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace whoowns::ui {

NothingFound::NothingFound(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("nothingFound"));
    setAccessibleName(tr("Nothing found"));
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("nothingFoundTitle"));
    m_title->setWordWrap(true);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    layout->addWidget(m_title);

    m_fallback = new QLabel(this);
    m_fallback->setObjectName(QStringLiteral("fallbackContact"));
    m_fallback->setWordWrap(true);
    m_fallback->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(m_fallback);

    m_copyFallback = new QPushButton(tr("Copy fallback number"), this);
    m_copyFallback->setObjectName(QStringLiteral("copyFallbackButton"));
    m_copyFallback->setAccessibleName(tr("Copy fallback number"));
    connect(m_copyFallback, &QPushButton::clicked, this,
            [this] { emit copyFallbackRequested(m_fallbackPhone); });
    m_log = new QPushButton(tr("Log this question for the map maintainers (Enter)"), this);
    m_log->setObjectName(QStringLiteral("logQuestionButton"));
    m_log->setAccessibleName(tr("Log this question"));
    connect(m_log, &QPushButton::clicked, this, [this] { emit logRequested(m_query); });
    layout->addWidget(m_copyFallback, 0, Qt::AlignLeft);
    layout->addWidget(m_log, 0, Qt::AlignLeft);
    layout->addStretch(1);
    setFallback({}, {});
}

void NothingFound::setQuery(const QString &query)
{
    m_query = query;
    m_title->setText(tr("Nothing found for “%1”.").arg(query.simplified()));
    setLogged(false);
}

void NothingFound::setFallback(const QString &name, const QString &phone)
{
    m_fallbackPhone = phone;
    if (name.isEmpty() && phone.isEmpty())
        m_fallback->setText(tr("No fallback contact is set up (Settings)."));
    else
        m_fallback->setText(tr("Hand the caller to the fallback contact: %1 %2")
                                .arg(name.toHtmlEscaped(), phone.toHtmlEscaped()));
    m_copyFallback->setEnabled(!phone.isEmpty());
}

void NothingFound::setLogged(bool logged)
{
    m_log->setEnabled(!logged);
    m_log->setText(logged ? tr("Logged — thank you")
                          : tr("Log this question for the map maintainers (Enter)"));
}

} // namespace whoowns::ui

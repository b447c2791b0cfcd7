#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace airlock {

bool installTranslations(QCoreApplication &app, const QLocale &locale)
{
    // Owned by the application, so they live exactly as long as it does.
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(&app);
    // The catalogs are compiled into airlock_ui under :/i18n (translations/CMakeLists.txt).
    if (own->load(locale, QStringLiteral("airlock"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return QCoreApplication::installTranslator(own);
    // No catalog for this language: English, whose catalog holds the plural forms
    // ("1 run", "2 runs") that the sources write as "%n run(s)".
    if (own->load(QStringLiteral(":/i18n/airlock_en")))
        QCoreApplication::installTranslator(own);
    return false;
}

} // namespace airlock

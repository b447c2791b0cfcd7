#pragma once

#include <QLocale>

class QCoreApplication;

namespace airlock {

// Installs Qt's own and Airlock's catalogs for the locale (e.g. German for de_DE) on app.
// Returns true when Airlock's catalog for that language was found (English and German ship);
// otherwise the English catalog is installed and false returned.
bool installTranslations(QCoreApplication &app, const QLocale &locale);

} // namespace airlock

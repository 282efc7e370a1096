/**
 * Languages of the hosted pages and the mails: message bundles ({@code messages*.properties} beside
 * this package, UTF-8, one key per string, {@link java.text.MessageFormat} patterns), the choice of
 * a language for a request ({@link dev.gatehouse.i18n.Languages#choose}: OIDC {@code ui_locales},
 * then {@code Accept-Language}, then the default) and {@link dev.gatehouse.i18n.Messages}, the
 * lookups a template or a mail makes in the chosen language.
 */
package dev.gatehouse.i18n;

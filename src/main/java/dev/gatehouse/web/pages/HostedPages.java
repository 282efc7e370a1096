package dev.gatehouse.web.pages;

/**
 * The hosted pages' shared machinery and their controllers, handed to {@code Routes} as one value.
 * A new page adds its controller here and its routes in {@code Routes}.
 */
public record HostedPages(Pages pages, LoginCookie loginCookie, LoginPages login, SignupPages signup,
                          AccountLinkPages accountLinks, ConsentPage consent, AuthorizePages authorize, UpstreamLoginPages upstream,
                          MfaPages mfa, PasskeyPages passkey, BrandAssets brand, AccountPages account, ConsolePages console,
                          AccountFactorPages accountFactors,
                          AccountIdentityPages accountIdentities) {}

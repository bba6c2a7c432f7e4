import HTTP

extension HTTPHeaders {
    /// Security headers on every response of the sites and the APIs. `no-store` everywhere but the
    /// stylesheet: pages can show a token or a case, and a shared phone must not keep them.
    package static let security: HTTPHeaders = [
        "Content-Security-Policy":
            "default-src 'self'; img-src 'self'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        "Referrer-Policy": "no-referrer",
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Cache-Control": "no-store",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
    ]
}

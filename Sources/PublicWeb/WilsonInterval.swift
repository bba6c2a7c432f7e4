import Foundation

/// The Wilson score interval of a proportion (Wilson 1927): unlike the normal approximation it stays
/// inside 0…1 and behaves for small counts and shares near 0 or 1, which a satisfaction index of groups
/// of 10 or more ratings has.
struct WilsonInterval: Equatable {
    let lower: Double
    let upper: Double

    /// The two-sided 95 % normal quantile.
    static let z95 = 1.959963984540054

    /// The interval of `successes` out of `count` at the confidence of `z`; nil for no observation.
    init?(successes: Int, count: Int, z: Double = z95) {
        guard count > 0, (0...count).contains(successes) else { return nil }
        let n = Double(count)
        let p = Double(successes) / n
        let z2 = z * z
        let denominator = 1 + z2 / n
        let centre = (p + z2 / (2 * n)) / denominator
        let half = z * (p * (1 - p) / n + z2 / (4 * n * n)).squareRoot() / denominator
        lower = max(0, centre - half)
        upper = min(1, centre + half)
    }
}

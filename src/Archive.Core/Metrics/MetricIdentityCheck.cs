namespace Archive.Core.Metrics;

/// <summary>The outcome of evaluating one identity on one report.</summary>
public sealed record MetricIdentityCheck(MetricIdentity Identity, decimal Left, decimal Right, bool Holds)
{
    /// <summary>The §10 flag detail: <c>apply.balance[natural]: 3 vs 2</c> (lhs vs rhs).</summary>
    public string Detail => $"{Identity.Name}: {Format(Left)} vs {Format(Right)}";

    private static string Format(decimal value) =>
        value == decimal.Truncate(value) ? decimal.Truncate(value).ToString(System.Globalization.CultureInfo.InvariantCulture) : value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

namespace Archive.Core.Metrics;

/// <summary>One 勾稽关系 of metric-dictionary.md §9, instantiated for one column or row where it applies per column/row.</summary>
/// <param name="Id">The identity id (apply.balance).</param>
/// <param name="Scope">The column or row it is evaluated on (natural, apply.new), null when the identity has a single instance.</param>
/// <param name="LeftTerms">Keys summed on the left side.</param>
/// <param name="RightTerms">Keys summed on the right side.</param>
public sealed record MetricIdentity(
    string Id,
    string? Scope,
    IReadOnlyList<string> LeftTerms,
    IdentityRelation Relation,
    IReadOnlyList<string> RightTerms)
{
    /// <summary>Decimals compare with this tolerance; integers compare exactly.</summary>
    public const decimal DecimalTolerance = 0.005m;

    /// <summary><c>id[scope]</c>, or the id alone.</summary>
    public string Name => Scope is null ? Id : $"{Id}[{Scope}]";

    /// <summary>Every key the identity reads.</summary>
    public IEnumerable<string> Terms => LeftTerms.Concat(RightTerms);

    /// <summary>Evaluates the identity; null when any term is missing (identities apply only when every term is present).</summary>
    public MetricIdentityCheck? Evaluate(IReadOnlyDictionary<string, decimal> values)
    {
        decimal left = 0, right = 0;
        var integral = true;
        foreach (var key in LeftTerms)
        {
            if (!values.TryGetValue(key, out var value))
            {
                return null;
            }

            left += value;
            integral &= value == decimal.Truncate(value);
        }

        foreach (var key in RightTerms)
        {
            if (!values.TryGetValue(key, out var value))
            {
                return null;
            }

            right += value;
            integral &= value == decimal.Truncate(value);
        }

        var tolerance = integral ? 0m : DecimalTolerance;
        var holds = Relation switch
        {
            IdentityRelation.Equal => Math.Abs(left - right) <= tolerance,
            _ => left <= right + tolerance,
        };
        return new MetricIdentityCheck(this, left, right, holds);
    }
}

using System.Globalization;
using Archive.Core.Metrics;

namespace Archive.Samples.Generation;

/// <summary>Breaks one identity of a report on purpose by changing one of its printed terms.</summary>
internal static class ErrorInjector
{
    /// <summary>
    /// Changes one term of an identity whose terms are all printed; returns a description, or null when no
    /// identity of the report has all its terms printed.
    /// </summary>
    public static string? Inject(SplitMix64 rng, MetricPlan plan, IReadOnlySet<string> printedKeys)
    {
        var candidates = new List<MetricIdentity>();
        foreach (var identity in MetricIdentities.All)
        {
            if (identity.Relation != IdentityRelation.Equal)
            {
                continue;
            }

            var complete = true;
            foreach (var term in identity.Terms)
            {
                if (!printedKeys.Contains(term) || !plan.Contains(term))
                {
                    complete = false;
                    break;
                }
            }

            if (complete)
            {
                candidates.Add(identity);
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var chosen = rng.Pick(candidates);
        var terms = chosen.Terms.ToArray();
        var key = terms[rng.Next(terms.Length)];
        var current = plan[key];
        var delta = current.Value >= 1 && rng.Chance(0.4) ? -1 : rng.Between(1, 3);
        var value = current.Value + delta;
        plan.Set(key, current with { Value = value, Printed = value.ToString(CultureInfo.InvariantCulture) });
        return $"{chosen.Name}: {key} {(delta > 0 ? "+" : string.Empty)}{delta.ToString(CultureInfo.InvariantCulture)}";
    }
}

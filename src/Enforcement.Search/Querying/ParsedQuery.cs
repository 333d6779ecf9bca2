namespace Enforcement.Search.Querying;

/// <summary>
/// A query reduced to what every backend can express: every group in <see cref="Must"/> must match (a group
/// matches when any of its clauses does: OR), and no clause in <see cref="MustNot"/> may match.
/// </summary>
public sealed record ParsedQuery(IReadOnlyList<IReadOnlyList<QueryClause>> Must, IReadOnlyList<QueryClause> MustNot)
{
    public static readonly ParsedQuery Empty = new([], []);

    /// <summary>Nothing to match on: everything matches (filters still apply).</summary>
    public bool MatchesAll => Must.Count == 0;

    /// <summary>Words to mark in highlights: every positive word, with whether it is a prefix.</summary>
    public IEnumerable<(string Word, bool Prefix)> PositiveWords() =>
        Must.SelectMany(g => g).SelectMany(c => c.Words.Select((w, i) => (w, c.Prefix && i == c.Words.Count - 1)));
}

/// <summary>
/// Folded words (<see cref="Folding.VietnameseFolding"/>) that must appear next to each other in this order;
/// one word is a plain term. When <see cref="Prefix"/>, the last word matches any word it starts.
/// </summary>
public sealed record QueryClause(IReadOnlyList<string> Words, bool Prefix = false)
{
    public bool IsPhrase => Words.Count > 1;
}

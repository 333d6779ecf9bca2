using Enforcement.Search.Paging;

namespace Enforcement.Search.Sqlite;

/// <summary>
/// Reads every match once, as SQLite streams them, and keeps the total, the facet counts and the best
/// <c>limit</c> hits after the cursor. One pass is much cheaper than materializing the matches for SQL to sort
/// and group five times over.
/// </summary>
internal sealed class SqliteMatchCollector(bool descending, SearchCursor? cursor, double cursorKey, int limit)
{
    private readonly Dictionary<string, long>[] _facets = [.. SqliteSearchSql.FacetKinds.Select(_ => new Dictionary<string, long>(StringComparer.Ordinal))];
    // The worst kept hit is dequeued first.
    private readonly PriorityQueue<(double Key, long Id), (double Key, long Id)> _best =
        new(Comparer<(double Key, long Id)>.Create((a, b) => -Compare(a, b, descending)));

    public long Total { get; private set; }

    public void Add(long id, double key, ReadOnlySpan<string?> facetValues)
    {
        Total++;
        for (var i = 0; i < facetValues.Length; i++)
        {
            if (facetValues[i] is { } v) _facets[i][v] = _facets[i].GetValueOrDefault(v) + 1;
        }
        var hit = (key, id);
        if (cursor is not null && Compare(hit, (cursorKey, cursor.Id), descending) <= 0) return;
        if (_best.Count == limit && Compare(hit, _best.Peek(), descending) >= 0) return;
        _best.Enqueue(hit, hit);
        if (_best.Count > limit) _best.Dequeue();
    }

    /// <summary>The kept hits in sort order.</summary>
    public List<(double Key, long Id)> Hits()
    {
        var hits = _best.UnorderedItems.Select(x => x.Element).ToList();
        hits.Sort((a, b) => Compare(a, b, descending));
        return hits;
    }

    /// <summary>Top values by count, ties by value (ordinal, as SQLite's BINARY collation orders them).</summary>
    public IReadOnlyList<FacetCount> Facet(int kind) =>
        [.. _facets[kind].OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Take(Facets.Size)
            .Select(f => new FacetCount(f.Key, f.Value))];

    /// <summary>Negative when <paramref name="a"/> comes first.</summary>
    private static int Compare((double Key, long Id) a, (double Key, long Id) b, bool descending)
    {
        var byKey = a.Key.CompareTo(b.Key);
        if (byKey != 0) return descending ? -byKey : byKey;
        return a.Id.CompareTo(b.Id);
    }
}

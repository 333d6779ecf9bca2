using System.Globalization;
using System.Net;
using System.Text;
using Enforcement.Workflows.Definitions;

namespace Enforcement.Workflows.Diagrams;

/// <summary>
/// Draws a definition as SVG: steps in layers from the start (longest path first, so the flow reads top
/// to bottom), the current step and the path taken highlighted. No layout engine: small processes only.
/// </summary>
public static class SvgDiagram
{
    private const int W = 190, H = 46, GapX = 30, GapY = 44, Margin = 20;

    /// <summary>The SVG, an image whose text alternative (<paramref name="description"/>, else the process's steps in order) is its aria-label and first &lt;title&gt;.</summary>
    public static string Render(WorkflowDefinition d, Func<StepDefinition, string> label, string? current = null, IReadOnlyCollection<string>? visited = null,
        IReadOnlyCollection<(string From, string To)>? taken = null, string? description = null)
    {
        var layer = Layers(d);
        var rows = d.Steps.GroupBy(s => layer[s.Id]).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
        var pos = new Dictionary<string, (int X, int Y)>();
        var width = rows.Max(r => r.Count) * (W + GapX) - GapX + 2 * Margin;
        for (var y = 0; y < rows.Count; y++)
        {
            var rowWidth = rows[y].Count * (W + GapX) - GapX;
            for (var x = 0; x < rows[y].Count; x++)
                pos[rows[y][x].Id] = ((width - rowWidth) / 2 + x * (W + GapX), Margin + y * (H + GapY));
        }
        var height = Margin * 2 + rows.Count * (H + GapY) - GapY;
        var alt = description ?? string.Join(" → ", rows.SelectMany(r => r).Select(label));
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="img" aria-label="{WebUtility.HtmlEncode(alt)}" font-family="system-ui, sans-serif" font-size="12">""");
        sb.Append("<title>").Append(WebUtility.HtmlEncode(alt)).Append("</title>");
        sb.Append("""<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#5f6368"/></marker><marker id="arrow-taken" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#0b4f9c"/></marker></defs>""");
        foreach (var s in d.Steps)
        {
            foreach (var next in DefinitionValidator.Next(s).Distinct().Where(pos.ContainsKey))
            {
                var (x1, y1) = pos[s.Id];
                var (x2, y2) = pos[next];
                var on = taken?.Contains((s.Id, next)) == true;
                var (sx, sy, ex, ey) = y2 > y1 ? (x1 + W / 2, y1 + H, x2 + W / 2, y2) : (x1 + W, y1 + H / 2, x2 + W, y2 + H / 2);
                var path = y2 > y1 ? $"M{sx},{sy} L{ex},{ey}" : $"M{sx},{sy} C{sx + 40},{sy} {ex + 40},{ey} {ex},{ey}";
                sb.Append(CultureInfo.InvariantCulture, $"""<path class="edge{(on ? " taken" : "")}" data-from="{s.Id}" data-to="{next}" d="{path}" fill="none" stroke="{(on ? "#0b4f9c" : "#9aa0a6")}" stroke-width="{(on ? 2.5 : 1.2)}" marker-end="url(#{(on ? "arrow-taken" : "arrow")})"/>""");
            }
        }
        foreach (var s in d.Steps)
        {
            var (x, y) = pos[s.Id];
            var isCurrent = s.Id == current;
            var wasVisited = visited?.Contains(s.Id) == true;
            var fill = isCurrent ? "#fff4ce" : wasVisited ? "#e8eef7" : "#ffffff";
            var stroke = isCurrent ? "#b06000" : wasVisited ? "#0b4f9c" : "#8a9099";
            var rx = s.Type switch { StepTypes.End => 23, StepTypes.Decision => 2, _ => 6 };
            var css = "step " + s.Type + (isCurrent ? " current" : "") + (wasVisited ? " visited" : "");
            sb.Append(CultureInfo.InvariantCulture, $"""<g class="{css}" data-step="{WebUtility.HtmlEncode(s.Id)}"><rect x="{x}" y="{y}" width="{W}" height="{H}" rx="{rx}" fill="{fill}" stroke="{stroke}" stroke-width="{(isCurrent ? 3 : 1.5)}"{(s.Type == StepTypes.Decision ? " stroke-dasharray=\"5 3\"" : "")}/>""");
            var lines = Wrap(label(s), 28).Take(2).ToList();
            for (var i = 0; i < lines.Count; i++)
                sb.Append(CultureInfo.InvariantCulture, $"""<text x="{x + W / 2}" y="{y + H / 2 + 4 + (i - (lines.Count - 1) / 2.0) * 14:0}" text-anchor="middle">{WebUtility.HtmlEncode(lines[i])}</text>""");
            sb.Append("<title>").Append(WebUtility.HtmlEncode($"{label(s)} ({s.Type})")).Append("</title></g>");
        }
        return sb.Append("</svg>").ToString();
    }

    /// <summary>Longest distance from the start or a signal target, ignoring edges that go back.</summary>
    private static Dictionary<string, int> Layers(WorkflowDefinition d)
    {
        var layer = d.Steps.ToDictionary(s => s.Id, _ => -1);
        var roots = new[] { d.Start }.Concat(d.Signals.Select(s => s.To)).Where(layer.ContainsKey).Distinct().ToList();
        foreach (var root in roots) if (layer[root] < 0) layer[root] = root == d.Start ? 0 : 1;
        for (var pass = 0; pass < d.Steps.Count; pass++)
        {
            var changed = false;
            foreach (var s in d.Steps.Where(s => layer[s.Id] >= 0))
                foreach (var next in DefinitionValidator.Next(s).Where(layer.ContainsKey))
                    if (layer[next] < layer[s.Id] + 1 && !Reaches(d, next, s.Id)) { layer[next] = layer[s.Id] + 1; changed = true; }
            if (!changed) break;
        }
        foreach (var id in layer.Keys.Where(k => layer[k] < 0).ToList()) layer[id] = 0;
        return layer;
    }

    private static bool Reaches(WorkflowDefinition d, string from, string to)
    {
        var seen = new HashSet<string>();
        var stack = new Stack<string>([from]);
        while (stack.TryPop(out var id))
        {
            if (id == to) return true;
            if (!seen.Add(id) || d.Step(id) is not { } s) continue;
            foreach (var n in DefinitionValidator.Next(s)) stack.Push(n);
        }
        return false;
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + word.Length + 1 > width) { yield return line.ToString(); line.Clear(); }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }
}

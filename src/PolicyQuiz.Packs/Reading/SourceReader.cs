using System.Globalization;
using PolicyQuiz.Core.Model;

namespace PolicyQuiz.Packs.Reading;

/// <summary>Reads the `sources:` list: each an article with a slug id, a title and optional details.</summary>
internal sealed class SourceReader(Fields fields)
{
    /// <summary>The sources, and every id seen (also of sources with other problems, so questions citing them are not reported twice).</summary>
    public (List<Source> Sources, HashSet<string> Ids) Read(Node node)
    {
        var sources = new List<Source>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (node is not SequenceNode sequence)
        {
            fields.Report(node, $"sources must be a list of sources (- id: ..., title: ...), not {node.Describe()}");
            return (sources, ids);
        }

        var firstLines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in sequence.Items)
        {
            if (item is not MappingNode mapping)
            {
                fields.Report(item, $"a source must be a mapping of keys (id:, title:, ...), not {item.Describe()}");
                continue;
            }

            var before = fields.Diagnostics.Count;
            var idNode = mapping.Find("id");
            var id = idNode is null ? null : fields.Text(idNode, "the source id");
            fields.CheckKeys(mapping, "source", id, PackKeys.Source, PackKeys.SourceRequired);
            if (id is not null)
            {
                if (!Slug.IsValid(id))
                {
                    fields.Report(idNode!, $"the source id {Quote.Of(id)} is not a slug: use lowercase letters, digits and single hyphens, like dmitriev-izvestia");
                }

                if (firstLines.TryGetValue(id, out var firstLine))
                {
                    fields.Report(idNode!, $"the source id {Quote.Of(id)} is used twice (first at line {firstLine})");
                }
                else
                {
                    firstLines[id] = idNode!.Line;
                    ids.Add(id);
                }
            }

            var title = fields.OptionalText(mapping, "title", "the source title");
            var publisher = fields.OptionalText(mapping, "publisher", "the publisher");
            var published = ReadDate(mapping);
            var url = fields.OptionalText(mapping, "url", "the url");
            var extra = fields.Extra(mapping);
            if (fields.Diagnostics.Count == before && id is not null && title is not null)
            {
                sources.Add(new Source(id, title, publisher, published, url, extra));
            }
        }

        return (sources, ids);
    }

    private DateOnly? ReadDate(MappingNode mapping)
    {
        if (mapping.Find("published") is not { } node || fields.Text(node, "the published date") is not { } text)
        {
            return null;
        }

        if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        fields.Report(node, $"the published date {Quote.Of(text)} is not a real date written YYYY-MM-DD, like 2025-03-24");
        return null;
    }
}

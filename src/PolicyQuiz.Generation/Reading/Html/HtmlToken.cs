namespace PolicyQuiz.Generation.Reading.Html;

internal enum HtmlTokenKind
{
    Text,
    StartTag,
    EndTag,
}

/// <summary>One token of a page: decoded text, or a start or end tag with a lowercase name.</summary>
internal readonly record struct HtmlToken(
    HtmlTokenKind Kind,
    string Name,
    string Text,
    IReadOnlyList<KeyValuePair<string, string>> Attributes,
    bool SelfClosing);

namespace PolicyQuiz.Packs.Reading;

/// <summary>
/// Streams the events of one pack document. Implementations refuse what a pack never needs
/// (YAML anchors, aliases and several documents) by throwing <see cref="PackSyntaxException"/>.
/// </summary>
internal abstract class SyntaxReader
{
    /// <summary>The next event; <see cref="SyntaxEventKind.DocumentEnd"/> once the document is over (and ever after).</summary>
    public abstract SyntaxEvent Next();
}

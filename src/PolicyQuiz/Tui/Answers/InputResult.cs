namespace PolicyQuiz.Tui.Answers;

/// <summary>What a key did to an answer being given.</summary>
internal enum InputResult
{
    /// <summary>Not a key of this input.</summary>
    Ignored,

    /// <summary>The answer changed; draw again.</summary>
    Changed,

    /// <summary>The answer is final; check it.</summary>
    Submit,
}

namespace PolicyQuiz.Tui;

/// <summary>Moves between screens: a stack with home at the bottom.</summary>
internal interface INavigator
{
    Theme Theme { get; }

    /// <summary>Shows <paramref name="screen"/> above the current one.</summary>
    void Push(Screen screen);

    /// <summary>Shows <paramref name="screen"/> in place of the current one.</summary>
    void Replace(Screen screen);

    /// <summary>Goes back to the screen below; quits when there is none.</summary>
    void Pop();

    /// <summary>Leaves the program.</summary>
    void Quit();

    /// <summary>Runs <paramref name="action"/> on the UI thread after the current frame is on screen.</summary>
    void AfterFrame(Action action);
}

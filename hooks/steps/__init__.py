"""The build's steps, one module per concern (not hooks): hooks/pipeline.py
calls them in the order they run. Each step reads MkDocs' objects and the
build's state, calls the pure functions of hooks/knowledge/ and writes the
state fields it owns (named in hooks/state.py)."""

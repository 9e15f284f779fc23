"""The Överenskommelsekonferens and training: event pages, registration, calendars."""

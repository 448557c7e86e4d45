"""The sections that pages compose: functions that take their inputs explicitly."""

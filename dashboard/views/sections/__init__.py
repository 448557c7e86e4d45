"""The sections the pages compose, each a function of its inputs."""

"""Packaging hook: ship the repository's own theme (the site at the top of the repo)
inside the wheel as `pyjekyll/theme_files/`, where `pyjekyll.themes.bundled` finds it."""
import os
import shutil

from setuptools import setup
from setuptools.command.build_py import build_py

THEME_FOLDERS = ("_layouts", "_includes", "_sass", "assets")


class BuildWithTheme(build_py):
    def run(self) -> None:
        super().run()
        here = os.path.dirname(os.path.abspath(__file__))
        target = os.path.join(self.build_lib, "pyjekyll", "theme_files")
        for folder in THEME_FOLDERS:
            source = os.path.join(here, folder)
            if os.path.isdir(source):
                shutil.copytree(source, os.path.join(target, folder), dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithTheme})

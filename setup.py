"""Packaging (the rest is in pyproject.toml): the standard templates live at the project's top,
templates_docx/, where staff find them; a build copies them into the package (pipeline/templates_docx/),
so that an installed finsam (`pip install .`, a wheel) has them."""
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class WithTemplates(build_py):
    def run(self):
        super().run()
        target = Path(self.build_lib) / "pipeline" / "templates_docx"
        self.mkpath(str(target))
        for template in sorted(Path(__file__).resolve().parent.joinpath("templates_docx").glob("*.docx")):
            self.copy_file(str(template), str(target / template.name))


setup(cmdclass={"build_py": WithTemplates})

"""Package list: everything under beleidstaal/, plus the top-level lexicons/ folder as beleidstaal.lexicons."""

from setuptools import find_packages, setup

setup(packages=[*find_packages(include=["beleidstaal", "beleidstaal.*"]), "beleidstaal.lexicons"])

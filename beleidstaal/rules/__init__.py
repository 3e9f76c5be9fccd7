"""Rules: each module is one family; importing this package registers them all."""

from .registry import REGISTRY, Rule, RuleContext, all_rules, get_rule

__all__ = ["REGISTRY", "Rule", "RuleContext", "all_rules", "get_rule"]

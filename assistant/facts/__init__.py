"""assistant/facts"""

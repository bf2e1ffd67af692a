"""assistant/app"""

"""Direct quotations and their speakers: quote spans, candidate speakers and the rules that choose one."""

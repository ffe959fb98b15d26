package org.porth.apply.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SatisfactionAnswerRepository extends JpaRepository<SatisfactionAnswer, String> {
}

import { createRoot } from "react-dom/client";

function App() {
  return <p>KI-Planer</p>;
}

Office.onReady(() => {
  const container = document.getElementById("root");
  if (container) createRoot(container).render(<App />);
});
